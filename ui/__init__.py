"""The Streamlit views of ``app.py``: compare, review, library. They only lay out what the
``analyzer.workbench.Workbench`` returns; no comparison workflow lives here (and the ``analyzer``
package never imports Streamlit). Document text is untrusted: it reaches markup only through the
escaping helpers of ``analyzer.report.html``."""
