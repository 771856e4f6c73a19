"""The corpus generator: draws sentences that make sense and realises each in English and French.

Its modules, each importing only those before it:

- :mod:`~rnnbook.corpus.generator.lexicon`: the bilingual lexicon (nouns, names, adjectives,
  states) and the words added to pyrealb's own lexicons;
- :mod:`~rnnbook.corpus.generator.features`: person, number and gender of an entity;
- :mod:`~rnnbook.corpus.generator.verbs`: verb frames, with who or what each verb can take;
- :mod:`~rnnbook.corpus.generator.phrases`: the everyday kinds of version 2 (questions with
  *be*, "Alice is a doctor", "this is", "there is", comparatives) in both languages;
- :mod:`~rnnbook.corpus.generator.realise`: turns an abstract sentence into English and
  French with pyrealb (and writes English contractions);
- :mod:`~rnnbook.corpus.generator.grammar`: draws abstract sentences with a seeded ``random``;
- :mod:`~rnnbook.corpus.generator.coherence` (tables) and
  :mod:`~rnnbook.corpus.generator.plausibility` (version 2.3): which clauses go together, and
  rewrites that make each clause a plausible thing to say ("is eating" for one event, any one
  thing for a habit, no future of "know");
- :mod:`~rnnbook.corpus.generator.scene_engine` and :mod:`~rnnbook.corpus.generator.scenes`
  (version 2.4): long and joined sentences drawn from one scene at a time (a meal, the
  library, a journey...), each action with the objects, places, times, reasons, follow-ups
  and contrasts that go with it, and relatives only from facts that identify someone;
- :mod:`~rnnbook.corpus.generator.everyday`: the version 2 sampler: the grammar's sentences
  (some made progressive, perfect or modal) and the everyday kinds;
- :mod:`~rnnbook.corpus.generator.references`: other correct French translations (tu/vous,
  ils/elles, habiter/vivre, one fish or several, *est-ce que* questions) for validation and test
  references;
- :mod:`~rnnbook.corpus.generator.tagging`: part-of-speech tags of the English tokens;
- :mod:`~rnnbook.corpus.generator.build`: draws, realises and tags the pairs and writes
  ``data/`` (``en_fr.tsv``, ``en_pos.tsv``, ``en_fr_refs.tsv``, ``manifest.json``).

``python -m rnnbook.corpus build`` regenerates ``data/`` byte for byte. Loading the shipped
corpus (:mod:`rnnbook.corpus.loading`) never imports this package; this ``__init__`` imports
nothing, so pyrealb is loaded only by the modules that need it.
"""
