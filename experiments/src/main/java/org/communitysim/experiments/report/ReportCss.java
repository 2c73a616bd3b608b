package org.communitysim.experiments.report;

/**
 * The style sheets of every report, inline in each page: the shared look (fonts, colours, tables, figures) and
 * what a projected lesson needs on top.
 */
final class ReportCss {
    private ReportCss() {
    }

    /** The look shared by the compare report, the sweep report and the lesson. */
    static final String BASE = """
            :root{--ink:#222;--muted:#5f6368;--line:#d9d9d9;--soft:#f6f7f9}
            *{box-sizing:border-box}
            body{margin:0;color:var(--ink);background:#fff;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,\
            "Noto Sans","Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",\
            "WenQuanYi Micro Hei",sans-serif}
            main{max-width:1180px;margin:0 auto;padding:24px 28px 64px}
            h1{font-size:28px;margin:8px 0 4px}
            h2{font-size:21px;margin:36px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
            h3{font-size:17px;margin:22px 0 8px}
            .subtitle{color:var(--muted);margin:0 0 12px}
            table{border-collapse:collapse;margin:8px 0 12px;font-size:14px}
            caption{text-align:left;color:var(--muted);padding:2px 0 6px}
            th,td{border-bottom:1px solid var(--line);padding:5px 10px;vertical-align:top;text-align:left}
            thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--line)}
            tbody th{font-weight:500}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.name{white-space:nowrap;font-weight:600}
            .scroll{overflow-x:auto}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
            .note,.notes{color:var(--muted);font-size:13.5px}
            .notes li{margin:2px 0}
            figure{margin:14px 0 26px}
            figure svg{max-width:100%;height:auto;display:block}
            figcaption{color:var(--muted);font-size:13.5px;margin-top:4px;max-width:900px}
            .warn{color:#a04000}
            .files{white-space:nowrap}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:8px 24px}
            pre{background:var(--soft);border:1px solid var(--line);padding:10px 12px;overflow-x:auto;\
            white-space:pre-wrap;word-break:break-all}
            code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:13px}
            table.facts th{font-weight:500;color:var(--muted)}
            .fact{font-size:15.5px}
            @media print{main{max-width:none}.grid{display:block}}
            """;

    /** A lesson is projected: larger type, wide figures, sections that start on a new page when printed. */
    static final String LESSON = """
            body{font-size:18px;line-height:1.6}
            main{max-width:1200px}
            h1{font-size:36px;margin:12px 0 6px}
            h2{font-size:27px;margin:48px 0 12px}
            h3{font-size:21px}
            .subtitle{font-size:17px}
            .lead{font-size:20px;margin:10px 0 18px}
            .fact{font-size:19px;background:var(--soft);border-left:5px solid #0072B2;padding:10px 16px;margin:12px 0}
            figcaption{font-size:15px;max-width:1100px}
            figure svg{width:100%}
            ol.cycle{padding-left:1.4em}
            ol.cycle li{margin:10px 0}
            .tag{display:inline-block;font-size:14px;font-weight:600;border-radius:4px;padding:0 7px;margin-right:6px;\
            color:#fff;background:#0072B2;white-space:nowrap}
            .tag.interest{background:#0072B2}.tag.structure{background:#009E73}.tag.output{background:#D55E00}
            .tag.operation{background:#CC79A7}.tag.scale{background:#6b6b6b}
            table.elements{width:100%;font-size:16px}
            table.elements td,table.elements th{padding:8px 12px}
            .cycle-figure{display:flex;gap:28px;align-items:center;flex-wrap:wrap}
            .cycle-figure svg{flex:0 0 420px;max-width:100%;height:auto}
            .cycle-figure ol{flex:1 1 420px}
            .questions li{margin:6px 0}
            td.num{font-size:16px}
            @media print{section{break-before:page}header+section{break-before:auto}}
            """;
}
