import { COLORS, DAY_BINS, type ReportData } from "./aggregate.js";
import { barChart, columnChart, esc } from "./svg.js";

/** What the page says about the run; nothing from the clock, so two runs write the same page. */
export interface ReportMeta {
  version: string;
  /** Path from the output folder to the corpus root (posix), for links to the articles; null for none. */
  corpusHref: string | null;
  problems: number;
}

const BIN_LABELS = ["1–9", "10–99", "100–999", "1k–10k", "10k–100k", "100k–1M", "1M–10M", "10M–100M", "100M–1B", "1B+"];

/** JSON that is safe inside a <script> element: no "</script>" or HTML comment can end it early. */
export const scriptJson = (x: unknown) => JSON.stringify(x).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/** Renders the self-contained report: inline styles, static SVG charts, an inline script for the table. */
export function renderReport(d: ReportData, meta: ReportMeta): string {
  return reportHead(d, meta) + d.rows.map(scriptJson).join(",") + reportTail(meta);
}

/** The report after its table rows (the rest of the data and the script); with `reportHead` and the rows it is the whole page. */
export function reportTail(meta: ReportMeta): string {
  return `],"base":${scriptJson(meta.corpusHref)}}</script>
<script>${TABLE_SCRIPT}</script>
</body></html>
`;
}

/** The report up to its table rows: the charts, the tables of largest breaches, the search box. */
export function reportHead(d: ReportData, meta: ReportMeta): string {
  const years = [...d.byYear.keys()].sort();
  const perYear = columnChart("Breaches per year, by language", years, [
    { name: "English", color: COLORS.en, values: years.map((y) => d.byYear.get(y)!.en) },
    { name: "Japanese", color: COLORS.ja, values: years.map((y) => d.byYear.get(y)!.ja) },
  ], { yLabel: "documents" });
  const counts = columnChart("Largest affected count per document (log scale bins)", BIN_LABELS, [{ name: "documents", color: COLORS.count, values: d.countBins }], { yLabel: "documents" });
  const types = [...d.types.entries()].sort((a, b) => b[1].leaked + b[1].possibly_leaked - (a[1].leaked + a[1].possibly_leaked) || (a[0] < b[0] ? -1 : 1));
  const typeChart = barChart("Data types: leaked, possibly leaked, explicitly not leaked", types.map(([t]) => t), [
    { name: "leaked", color: COLORS.leaked, values: types.map(([, v]) => v.leaked) },
    { name: "possibly leaked", color: COLORS.possibly_leaked, values: types.map(([, v]) => v.possibly_leaked) },
    { name: "not leaked", color: COLORS.not_leaked, values: types.map(([, v]) => v.not_leaked) },
  ]);
  const days = columnChart("Days from discovery to disclosure", DAY_BINS.map(([l]) => l), [{ name: "documents", color: COLORS.count, values: d.days }], { yLabel: "documents" });
  const link = (src: string) => (meta.corpusHref === null ? null : `${meta.corpusHref}/${src}`.replace(/^\.\//, ""));
  const largest = d.largest
    .map((l) => {
      const href = link(l.src);
      const name = esc(l.victims || l.id);
      return `<tr><td>${href ? `<a href="${esc(encodeURI(href))}">${name}</a>` : name}</td><td class="num">${l.value.toLocaleString("en-US")}</td><td>${esc(l.qualifier)}</td></tr>`;
    })
    .join("");
  const empty = (n: number) => (n ? "" : `<p class="none">Nothing to show.</p>`);
  const dayTotal = d.days.reduce((a, b) => a + b, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>leakset report</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:1rem}
.card{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}.none{color:#888}
#search{width:100%;padding:.4rem;font-size:1rem;margin:.5rem 0}
tr.rec{cursor:pointer}tr.rec:hover{background:#f6f8fb}.detail td{background:#fafafa}
.sent{color:#555;font-style:italic}.pager{margin:.5rem 0}.pager button{margin-right:.3rem}
</style></head><body>
<h1>leakset report</h1>
<p>${d.documents} documents (${d.lang.en} English, ${d.lang.ja} Japanese), ${d.breaches} with a victim named; ${meta.problems} files reported in problems.csv. leakset ${esc(meta.version)}.</p>
<div class="grid">
<section class="card"><h2>Breaches per year</h2>${perYear}${empty(years.length)}<p class="none">Year of the first incident date, else discovery, disclosure or publication.</p></section>
<section class="card"><h2>Affected counts</h2>${counts}${empty(d.largest.length)}
<table><thead><tr><th>largest breaches</th><th class="num">affected</th><th>qualifier</th></tr></thead><tbody>${largest}</tbody></table></section>
<section class="card"><h2>Data types</h2>${typeChart}${empty(types.length)}<p class="none">Documents per data type and status; "not leaked" counts explicit denials.</p></section>
<section class="card"><h2>Discovery to disclosure</h2>${days}${empty(dayTotal)}<p class="none">${dayTotal} documents give both dates to the day.</p></section>
</div>
<h2>Records</h2>
<input id="search" type="search" placeholder="Search victims, titles, values, sentences…" aria-label="Search records">
<div class="pager" id="pager"></div>
<table id="records"><thead><tr><th>document</th><th>lang</th><th>title</th><th>victims</th><th class="num">affected</th></tr></thead><tbody></tbody></table>
<script type="application/json" id="data">{"rows":[`;
}

/** The record table: search, 50 rows a page, a click shows each value's sentence; rows are built only for the shown page, so 10,000 records stay fast. */
const TABLE_SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById("data").textContent),rows=data.rows,page=0,per=50,shown=rows;
var tbody=document.querySelector("#records tbody"),pager=document.getElementById("pager"),search=document.getElementById("search");
var hay=rows.map(function(r){return [r.id,r.title,r.victims.join(" "),r.values.map(function(v){return v.slice(0,4).join(" ")}).join(" "),r.sentences.join(" ")].join(" ").toLowerCase()});
function el(tag,text,cls){var e=document.createElement(tag);if(text!=null)e.textContent=text;if(cls)e.className=cls;return e}
function draw(){
  tbody.textContent="";
  var start=page*per,end=Math.min(shown.length,start+per);
  for(var i=start;i<end;i++){(function(r){
    var tr=el("tr",null,"rec"),td=el("td");
    if(data.base!==null){var a=el("a",r.id);a.href=encodeURI(data.base+"/"+r.src);a.addEventListener("click",function(e){e.stopPropagation()});td.appendChild(a)}else td.textContent=r.id;
    tr.appendChild(td);tr.appendChild(el("td",r.lang));tr.appendChild(el("td",r.title));tr.appendChild(el("td",r.victims.join(", ")));
    tr.appendChild(el("td",r.affected==null?"":r.affected.toLocaleString("en-US"),"num"));
    var open=null;
    tr.addEventListener("click",function(){
      if(open){open.remove();open=null;return}
      open=el("tr",null,"detail");var cell=el("td");cell.colSpan=5;var t=el("table");
      r.values.forEach(function(v){var row=el("tr");row.appendChild(el("td",v[0]));row.appendChild(el("td",v[1]));row.appendChild(el("td",v[2]));row.appendChild(el("td",v[3]));row.appendChild(el("td",v[4]>=0?r.sentences[v[4]]:"","sent"));t.appendChild(row)});
      cell.appendChild(t);open.appendChild(cell);tr.after(open);
    });
    tbody.appendChild(tr);
  })(shown[i])}
  pager.textContent="";
  var pages=Math.max(1,Math.ceil(shown.length/per));
  var prev=el("button","previous");prev.disabled=page===0;prev.onclick=function(){page--;draw()};
  var next=el("button","next");next.disabled=page>=pages-1;next.onclick=function(){page++;draw()};
  pager.appendChild(prev);pager.appendChild(next);pager.appendChild(el("span",shown.length+" records, page "+(page+1)+" of "+pages));
}
search.addEventListener("input",function(){
  var q=search.value.trim().toLowerCase();
  shown=q?rows.filter(function(r,i){return hay[i].indexOf(q)>=0}):rows;page=0;draw();
});
draw();
})();
`;
