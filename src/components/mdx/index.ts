/** The components a letter's MDX body uses without imports (see docs/mdx-format.md). */
import Preamble from './Preamble.astro';
import Opening from './Opening.astro';
import Section from './Section.astro';
import SectionHeading from './SectionHeading.astro';
import Measure from './Measure.astro';
import NextSteps from './NextSteps.astro';
import Commitment from './Commitment.astro';
import Closing from './Closing.astro';
import Signature from './Signature.astro';
import Contact from './Contact.astro';
import Distribution from './Distribution.astro';

export const letterComponents = {
  Preamble, Opening, Section, SectionHeading, Measure, NextSteps, Commitment, Closing, Signature, Contact, Distribution,
};
