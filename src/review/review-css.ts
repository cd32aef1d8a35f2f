/** The review page's one stylesheet, inlined in its head: screen, narrow screens and print. Text colours keep a contrast of 4.5:1 or more. */
export const css = `
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","SimSun",sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .5rem}
h2{font-size:1.25rem;margin:.8rem 0 .3rem}
h3{font-size:1.1rem;margin:0 0 .3rem}
h4{font-size:1rem;margin:.2rem 0 .4rem;color:#333}
nav h3{font-size:1rem;margin:.6rem 0 .2rem}
a{color:#1d4ed8}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
code{font-family:"Noto Sans Mono CJK SC",Consolas,monospace;font-size:.85em;background:#f3f3f3;padding:0 .25em;border-radius:2px;word-break:break-all}
.aside,.meta,.key{color:#555;font-size:.85em}
.key{display:block;font-weight:normal;font-family:Consolas,monospace}
.summary{border:1px solid #ccc;border-radius:4px;padding:.5rem 1rem;margin:.5rem 0 1rem;background:#f8f8f6}
.selection{font-weight:bold}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.5rem}
.counts strong{font-size:1.15em}
nav ol{columns:2;margin:.3rem 0 .6rem;padding-left:2.2rem}
nav li{break-inside:avoid}
nav code{white-space:nowrap;word-break:normal}
.group{border-top:4px double #999;margin-top:1.5rem}
.group-note{color:#333}
.group.held>.group-note{font-weight:bold;color:#7f1d1d}
.letter{border-top:3px solid #999;padding:1rem 0 1.5rem;break-before:page}
.letter.warned{border-top-color:#b45309}
.letter.held{border-top-color:#991b1b}
.badge{display:inline-block;border:1px solid;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:normal;margin-left:.2em}
.badge.warned{background:#fef3c7;color:#7c2d12;border-color:#d97706}
.badge.held{background:#fee2e2;color:#7f1d1d;border-color:#dc2626;font-weight:bold}
.badge.corrected{background:#dbeafe;color:#1e3a8a;border-color:#3b82f6}
.badge.replaced{background:#ede9fe;color:#4c1d95;border-color:#8b5cf6}
.decisions{display:grid;gap:.5rem;margin:.5rem 0 1rem}
.decisions>*{border-left:4px solid #999;padding:.3rem .8rem;margin:0;background:#fafafa}
.held-note{border-left-color:#dc2626!important;background:#fef2f2!important}
.corrections{border-left-color:#3b82f6!important}
.versions{border-left-color:#8b5cf6!important}
.warnings{border-left-color:#d97706!important}
.warnings li{font-weight:bold;color:#7c2d12}
.warnings li.unknown{font-weight:normal;font-style:italic}
.corrections .parsed{text-decoration:line-through;color:#555}
.corrections .corrected,.corrected-to{color:#1e3a8a}
.sha{display:block}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
@media (max-width:60rem){.pair{grid-template-columns:1fr}nav ol{columns:1}}
.record{margin:0}
.field{display:grid;grid-template-columns:9.5rem minmax(0,1fr);gap:.6rem;border-bottom:1px solid #eee;padding:.3rem 0}
.field.corrected{background:#eff6ff}
.field:target{outline:3px solid #1d4ed8}
.field dt{font-weight:bold}
.field dd{margin:0;overflow-wrap:anywhere}
.corrected-to{margin-top:.2rem;font-weight:bold}
dl.sub{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 .6rem;margin:0}
dl.sub dd{margin:0}
ul,ol{margin:.1rem 0;padding-left:1.4rem}
.measures{padding-left:1rem;list-style:none}
.term{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 .3em;margin:0 .2em;font-size:.85em;color:#333}
.missing{color:#b91c1c}
.empty{color:#555}
.source-text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:#fafaf7;border:1px solid #e5e5e0;padding:.8rem;margin:0}
pre.json{white-space:pre-wrap;margin:0;font-size:.85em}
.error{color:#b91c1c;font-weight:bold}
@media print{body{padding:0}.letter{break-before:page}nav{break-after:page}a{color:inherit;text-decoration:none}}
`;
