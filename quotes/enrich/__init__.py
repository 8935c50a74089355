"""What a build adds to the stored quotes: one speaker row per person
(:mod:`~quotes.enrich.speakers`, through the gazetteer,
:mod:`~quotes.enrich.gazetteer`, and the name indexes of
:mod:`~quotes.enrich.names`), normalized organizations
(:mod:`~quotes.enrich.organizations`), stance tags (:mod:`~quotes.enrich.stance`),
statements quoted in several articles (:mod:`~quotes.enrich.statements`) and
editors' corrections (:mod:`~quotes.enrich.curation`, recorded by
:mod:`~quotes.enrich.editing`). The build runs these as its post-build steps
(:data:`quotes.build.POST_BUILD_STEPS`)."""
