"""Measuring accuracy: quote extraction against PolNeAR's attributions
(:mod:`~quotes.evaluation.polnear` reads the corpus,
:mod:`~quotes.evaluation.scoring` scores, ``quotes evaluate`` prints), and the
stance tagger against hand labels (:mod:`~quotes.evaluation.stance_scoring`)."""
