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
mark.pd-ev {background:none; color:inherit; outline:1px dashed #4f46e5; outline-offset:1px; border-radius:2px;
            padding:0;}
.pd-moved-from {margin:0.2rem 0 0.8rem 0; padding:0.3rem 0.5rem; border:1px dashed #9ca3af; border-radius:6px;
                color:#374151;}
.pd-note {font-size:0.85rem; background:#f0fdf4; border-left:3px solid #16a34a; padding:0.15rem 0.5rem;}
table.pd-rules {border-collapse:collapse; width:100%; margin-bottom:0.8rem; font-size:0.9rem;}
table.pd-rules th, table.pd-rules td {border:1px solid #d0d4da; padding:0.35rem 0.5rem; vertical-align:top;
          text-align:left;}
table.pd-rules thead th {background:#f4f5f7;} table.pd-rules ol {margin:0; padding-left:1.2rem;}
td.pd-rule {width:34%;} td.pd-dir {min-width:9rem;} .pd-norule {color:#6b7280; font-style:italic;}
.pd-why {font-size:0.85rem; color:#111827; background:#f8fafc; border-left:4px solid #9ca3af;
         padding:0.2rem 0.5rem;}
.pd-why.pd-limits {border-left:4px solid #0369a1; background:#e0f2fe;}
.pd-why.pd-expands {border-left:6px double #b91c1c; background:#fee2e2;}
.pd-why.pd-unclear {border-left:4px dashed #6b7280; background:#f3f4f6;}
.pd-legend {font-size:0.82rem; color:#374151; display:flex; flex-wrap:wrap; gap:0.3rem 0.9rem;
            margin:0.5rem 0;}
.pd-legend span.pd-key {white-space:nowrap;} .pd-legend .pd-why {display:inline-block; padding:0 0.4rem;}
.pd-counts {display:flex; flex-wrap:wrap; gap:0.2rem 1rem; margin:0.4rem 0 0.7rem 0; font-size:0.95rem;}
.pd-count {white-space:nowrap;} .pd-count b {font-size:1.3rem;}
table.pd-glance, table.pd-bytopic {border-collapse:collapse; width:100%; font-size:0.9rem;
          margin:0.2rem 0 0.8rem 0;}
table.pd-glance th, table.pd-glance td, table.pd-bytopic th, table.pd-bytopic td {border:1px solid #d0d4da;
          padding:0.3rem 0.45rem; vertical-align:top; text-align:left; overflow-wrap:anywhere;}
table.pd-glance thead th, table.pd-bytopic thead th {background:#f4f5f7;}
table.pd-glance tbody th {font-weight:700; background:none;}
table.pd-glance tbody th {min-width:6.5rem;} table.pd-glance td.pd-dir {min-width:8rem;}
table.pd-glance td[data-label="pages"] {white-space:nowrap;}
td.pd-dir.pd-limits {background:#e0f2fe;} td.pd-dir.pd-expands {background:#fee2e2;}
td.pd-dir.pd-unclear {background:#f3f4f6;}
.pd-summary h2, .pd-bytopic-h {font-size:1.5rem; font-weight:600; padding:0.4rem 0 0.3rem 0;}
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] {padding-top:2.5rem;}
  h1 {font-size:1.7rem !important; padding-top:0.5rem !important;}
  .pd-row {grid-template-columns:1fr; gap:0.4rem;}
  table.pd-glance tbody th, table.pd-glance td.pd-dir {min-width:0;}
  table.pd-glance thead {display:none;}
  table.pd-glance, table.pd-glance tbody, table.pd-glance tr, table.pd-glance th, table.pd-glance td {
          display:block; width:auto;}
  table.pd-glance tr {border:1px solid #d0d4da; border-radius:4px; margin-bottom:0.5rem;}
  table.pd-glance th, table.pd-glance td {border:none;}
  table.pd-glance td[data-label]::before {content: attr(data-label) ": "; font-weight:600; color:#4b5563;}
  table.pd-bytopic th, table.pd-bytopic td {padding:0.2rem 0.25rem; font-size:0.78rem;}
  .pd-legend span.pd-key {white-space:normal;}
  table.pd-rules {font-size:0.75rem;} table.pd-rules th, table.pd-rules td {padding:0.2rem 0.25rem;
          overflow-wrap:anywhere; min-width:0 !important; width:auto !important;}
  table.pd-rules ol {padding-left:0.8rem;}
}
@media print {
  html, body, #root, .stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"],
  [data-testid="stMainBlockContainer"], section.main {overflow:visible !important; height:auto !important;
          position:static !important;}
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stSidebarCollapsedControl"], .st-key-pd_downloads,
  [data-testid="stFileUploader"] {display:none !important;}
  [data-testid="stMainBlockContainer"] {max-width:none !important; padding:0.5rem !important;}
  .pd-row, table.pd-glance tr {break-inside:avoid;}
  table.pd-glance, table.pd-bytopic, table.pd-rules {font-size:8pt;}
  * {-webkit-print-color-adjust:exact; print-color-adjust:exact;}
}
</style>
"""
