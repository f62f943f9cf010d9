"""The app's stylesheet (our own CSS, no document text). Classes carry the ``pd-`` prefix that
``analyzer.report.html`` helpers are given when they render for the app."""

CSS = """
<style>
.pd-row {display:grid; grid-template-columns: 1fr 1fr; gap: 0.8rem; margin: 0.35rem 0 0.9rem 0;}
.pd-side {border:1px solid #d0d4da; border-radius:6px; padding:0.5rem 0.7rem; background:#fff;
          line-height:1.5;}
.pd-empty {background:#f4f5f7; color:#6b7280; font-style:italic;}
.pd-meta {font-size:0.78rem; color:#4b5563; margin-bottom:0.25rem;}
.pd-kind {font-size:0.72rem; font-weight:700; text-transform:uppercase; letter-spacing:0.04em;
          padding:0.05rem 0.4rem; border-radius:4px; border:1px solid #9ca3af; margin-right:0.4rem;}
del.pd-del {text-decoration: line-through; background:#fde2e2; color:#8a1c1c;}
ins.pd-ins {text-decoration: underline; background:#dcfce7; color:#14532d;}
.pd-topic {display:inline-block; font-size:0.72rem; border:1px solid #6366f1; color:#3730a3;
           border-radius:10px; padding:0 0.45rem; margin:0 0.25rem 0.2rem 0;}
.pd-ocr {font-size:0.72rem; color:#92400e; border:1px dashed #d97706; padding:0 0.3rem; border-radius:4px;}
mark.pd-ev {background:#fef3c7; color:inherit; border-bottom:2px dotted #b45309; padding:0;}
.pd-moved-from {margin:0.2rem 0 0.8rem 0; padding:0.3rem 0.5rem; border:1px dashed #9ca3af; border-radius:6px;
                color:#374151;}
.pd-note {font-size:0.85rem; background:#f0fdf4; border-left:3px solid #16a34a; padding:0.15rem 0.5rem;}
table.pd-rules {border-collapse:collapse; width:100%; margin-bottom:0.8rem; font-size:0.9rem;}
table.pd-rules th, table.pd-rules td {border:1px solid #d0d4da; padding:0.35rem 0.5rem; vertical-align:top;
          text-align:left;}
table.pd-rules thead th {background:#f4f5f7;} table.pd-rules ol {margin:0; padding-left:1.2rem;}
td.pd-rule {width:34%;} td.pd-dir {min-width:9rem;} .pd-norule {color:#6b7280; font-style:italic;}
.pd-why {font-size:0.85rem; color:#111827; background:#f8fafc; border-left:3px solid #6366f1;
         padding:0.2rem 0.5rem;}
</style>
"""
