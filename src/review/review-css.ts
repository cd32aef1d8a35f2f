/** The review page's one stylesheet, inlined in its head: screen, narrow screens and print. */
export const css = `
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","SimSun",sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .3rem}
h3{font-size:1rem;margin:.2rem 0 .5rem;color:#444}
code{font-family:"Noto Sans Mono CJK SC",Consolas,monospace;font-size:.85em;background:#f3f3f3;padding:0 .25em;border-radius:2px;word-break:break-all}
.aside,.meta,.key{color:#666;font-size:.85em}
.key{display:block;font-weight:normal;font-family:Consolas,monospace}
nav ol{columns:2;margin:.3rem 0 1rem;padding-left:1.8rem}
.letter{border-top:3px solid #999;padding:1rem 0 1.5rem;break-before:page}
.letter.warned{border-top-color:#b45309}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border:1px solid #d97706;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:normal}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
@media (max-width:60rem){.pair{grid-template-columns:1fr}}
.record{margin:0}
.field{display:grid;grid-template-columns:9.5rem minmax(0,1fr);gap:.6rem;border-bottom:1px solid #eee;padding:.3rem 0}
.field dt{font-weight:bold}
.field dd{margin:0;overflow-wrap:anywhere}
.field[data-field="warnings"] dd{color:#92400e}
dl.sub{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 .6rem;margin:0}
dl.sub dd{margin:0}
ul,ol{margin:.1rem 0;padding-left:1.4rem}
.measures{padding-left:1rem;list-style:none}
.term{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 .3em;margin:0 .2em;font-size:.85em;color:#333}
.missing{color:#b91c1c}
.empty{color:#888}
.warnings li{font-weight:bold}
.source-text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:#fafaf7;border:1px solid #e5e5e0;padding:.8rem;margin:0}
pre.json{white-space:pre-wrap;margin:0;font-size:.85em}
.error{color:#b91c1c;font-weight:bold}
@media print{body{padding:0}.letter{break-before:page}nav{break-after:page}}
`;
