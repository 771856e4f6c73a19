"""Language models and self-supervision (Chapter 6).

- ``data``: sentences to next-token arrays (inputs framed by ``<start>``, targets shifted by one).
- ``counts``: count-based baselines (unigram, add-k bigram, interpolated Kneser-Ney bigram) and
  perplexity from per-token log-probabilities.
- ``sampling``: sampling the next token with a temperature and top-k, and generating sentences.
- ``measures``: what generated text is like (share seen in training, distinct n-grams,
  attested tag patterns).

Imports only ``arguments`` and ``text`` from the package; TensorFlow only inside
``data.length_batches``, when a dataset is made.
"""
