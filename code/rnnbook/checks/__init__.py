"""Self-checks for the translation assignment: one call after each task of the template.

Each check runs in seconds on made-up inputs or on a few of the student's own sentences, and
either prints what it verified or raises :class:`SelfCheckError` with the mistake it found
and how to fix it. The checks look at behaviour (what a model, a loop or a function does),
not at names. Import after ``rnnbook.init()``: the model checks use Keras.

- Task 3: :func:`check_data` (the four arrays, their shift and padding);
- Task 4: :func:`check_model` (states, masking, loss), :func:`check_history` (epochs, curves);
- Task 5: :func:`check_greedy` (the loop), :func:`check_inference_models` (the inference
  pair against the training model), :func:`check_bleu` (what BLEU was computed on);
- Task 6: :func:`check_attention`, :func:`check_attention_weights`, :func:`check_heatmap`;
- Task 7: :func:`check_token_accuracy` (padding left out);
- the submission: :func:`write_submission_readme` (the README, from the trained objects).
"""

from __future__ import annotations

from rnnbook.checks.attention_checks import (
    check_attention,
    check_attention_weights,
    check_heatmap,
)
from rnnbook.checks.data_checks import check_data
from rnnbook.checks.evaluation_checks import check_bleu, check_token_accuracy
from rnnbook.checks.inference_checks import check_greedy, check_inference_models
from rnnbook.checks.model_checks import check_history, check_model
from rnnbook.checks.report import SelfCheckError
from rnnbook.checks.submission import submission_readme, write_submission_readme

__all__ = [
    "SelfCheckError",
    "check_attention",
    "check_attention_weights",
    "check_bleu",
    "check_data",
    "check_greedy",
    "check_heatmap",
    "check_history",
    "check_inference_models",
    "check_model",
    "check_token_accuracy",
    "submission_readme",
    "write_submission_readme",
]
