"""Translation QA over a project: the checks of :mod:`sverka.core.qa` on every aligned row.

:func:`run_qa` lists :class:`Finding` s; :func:`mqm_issue_args` turns one into the
arguments of an MQM issue (``sverka.ops.review.mqm.build_add_issue``).
"""

from sverka.ops.qa.findings import Finding, run_qa
from sverka.ops.qa.mqm import mqm_issue_args

__all__ = ["Finding", "mqm_issue_args", "run_qa"]
