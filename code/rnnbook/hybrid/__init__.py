"""Hybrid CNN + RNN sequence labelling (Chapter 7): words seen through their characters.

- ``characters``: a character table and words as padded character-id arrays, for a
  convolution over the letters of each word;
- ``unseen``: holding out word types, so that a test can measure tagging of words never seen
  in training;
- ``batches``: length-grouped batches of (word ids, character ids) with per-token weights, and
  prediction in the same groups.

Imports only ``arguments`` and ``text`` from the package; TensorFlow only when a dataset is
made.
"""
