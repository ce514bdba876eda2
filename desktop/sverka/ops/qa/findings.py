"""The findings of the QA checks: the runner is a read model in :mod:`sverka.ops.views.qa`
(the export reads it too, and ops features do not import each other)."""

from sverka.ops.views.qa import Finding, qa_in_session, run_qa

__all__ = ["Finding", "qa_in_session", "run_qa"]
