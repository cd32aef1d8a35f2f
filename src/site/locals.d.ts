/// <reference types="astro/client" />
/** Request-scoped values: the letter page hands its record to the MDX body components. */
declare namespace App {
  interface Locals {
    letter?: import('../record/record-schema.ts').ArchivedRecord;
  }
}
