"""Sequence-to-sequence translation (Part IV), from sentence pairs to BLEU.

- :mod:`~rnnbook.seq2seq.data`: pairs -> vocabularies and padded id arrays, teacher-forcing
  inputs and targets, length-bucketed batches (Chapter 8, Task 3);
- :mod:`~rnnbook.seq2seq.lstm_model`: the LSTM encoder-decoder, its training and its inference
  pair (Chapter 9, Task 4; imports Keras);
- :mod:`~rnnbook.seq2seq.decoding`: greedy decoding over any decoder step function, and
  ``Translator`` for readers' own sentences (Task 5);
- :mod:`~rnnbook.seq2seq.beam`: beam search over the same step functions, with length
  normalisation and the attention weights of the best hypothesis (Chapter 11);
- :mod:`~rnnbook.seq2seq.attention` and :mod:`~rnnbook.seq2seq.attention_model`: additive and
  multiplicative attention with masking, and the attention encoder-decoder (Chapter 10; import
  Keras);
- :mod:`~rnnbook.seq2seq.evaluation`: corpus BLEU (sacreBLEU, with its signature) and token
  accuracy over real tokens;
- :mod:`~rnnbook.seq2seq.token_metrics`: Keras metrics of loss and accuracy per real token,
  pooled over an epoch (imports Keras).

Only ``lstm_model`` and ``token_metrics`` import Keras when imported, and
``data.bucketed_batches`` imports TensorFlow when called; use them after ``rnnbook.init()``.
"""
