"""Small learned decisions inside a rule pipeline: a rule proposes candidates widely, a linear model over their
features keeps the likely ones.

Why: hand rules counted on read articles fitted those articles and moved unseen news by a hair (README, rounds
48–50). A few dozen weights fitted on every read article at once generalise better than one rule per pattern and
can be refitted as read sets grow. Weights ship as JSON inside the package (no model download at run time);
`streams.evaluation.training` fits them (scikit-learn, a `dev` dependency) from annotated articles.
"""

from streams.enrich.learned.linear import LinearModel, load_model

__all__ = ["LinearModel", "load_model"]
