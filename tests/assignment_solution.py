"""The book's solution of each TODO cell of assignments/translation.ipynb, by the cell's tag.

tests/test_assignment_template.py puts these in place of the template's ``todo:<name>``
cells and runs the notebook: every self-check must pass. The solutions call the package's
code of Chapters 8 to 10, the book's reference solution, so they stay one source of truth.
"""

from __future__ import annotations

SOLUTIONS = {
    "todo:task3": '''
from rnnbook.seq2seq.data import prepare

source_vocab = Vocabulary.build([tokenize(pair.english, "en") for pair in train_pairs])
target_vocab = Vocabulary.build([tokenize(pair.french, "fr") for pair in train_pairs])


def make_arrays(pairs):
    data = prepare(pairs, source_vocab, target_vocab)
    return data.input_tensor, data.target_tensor, data.decoder_input, data.decoder_target


train_arrays = make_arrays(train_pairs)
validation_arrays = make_arrays(validation_pairs)
test_arrays = make_arrays(test_pairs)
''',
    "todo:task4-model": '''
from rnnbook.seq2seq.lstm_model import build_lstm_translator


def build_translator(source_vocab_size, target_vocab_size, embedding_size, units):
    return build_lstm_translator(source_vocab_size, target_vocab_size, embedding_size, units)


rnnbook.reset(seed=0)
model = build_translator(len(source_vocab), len(target_vocab), EMBEDDING_SIZE, UNITS)
''',
    "todo:task4-train": '''
encoder_input, _, decoder_input, decoder_target = train_arrays
val_input, _, val_decoder_input, val_decoder_target = validation_arrays
history = model.fit(
    [encoder_input, decoder_input],
    decoder_target,
    validation_data=([val_input, val_decoder_input], val_decoder_target),
    epochs=EPOCHS,
    batch_size=BATCH_SIZE,
    verbose=0,
    callbacks=[rnnbook.EpochLogger(two_lines=True)],
)
''',
    "todo:task5-inference": '''
from rnnbook.seq2seq.lstm_model import lstm_inference


def make_inference(model):
    inference = lstm_inference(model)
    return inference.encode, inference.step


encode, step = make_inference(model)
''',
    "todo:task5-greedy": '''
from rnnbook.seq2seq.decoding import greedy_decode


def greedy_translate(encode, step, source_ids, max_length):
    state = encode(np.asarray(source_ids)[None, :])
    ids = greedy_decode(step, state, 1, START_ID, END_ID, max_length, (PAD_ID, START_ID))
    return [int(i) for i in ids[0] if i not in (PAD_ID, END_ID)]
''',
    "todo:task5-bleu": '''
bleu_pairs = test_pairs[:BLEU_SENTENCES]
hypotheses = [translate(pair.english) for pair in bleu_pairs]
references = [pair.french for pair in bleu_pairs]
bleu = corpus_bleu(hypotheses, references)
print(f"test BLEU: {bleu:.1f} on {len(hypotheses)} sentences")
''',
    "todo:task6-attend": '''
def attend(query, values, source_mask):
    scores = np.asarray(query) @ np.asarray(values).transpose(0, 2, 1)
    scores = np.where(np.asarray(source_mask)[:, None, :], scores, -1e9)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ values, weights
''',
    "todo:task6-model": '''
from rnnbook.seq2seq.attention_model import attention_inference, build_attention_translator

rnnbook.reset(seed=0)
attention_model = build_attention_translator(
    len(source_vocab), len(target_vocab), EMBEDDING_SIZE, UNITS
)
attention_history = attention_model.fit(
    [encoder_input, decoder_input],
    decoder_target,
    validation_data=([val_input, val_decoder_input], val_decoder_target),
    epochs=EPOCHS,
    batch_size=BATCH_SIZE,
    verbose=0,
    callbacks=[rnnbook.EpochLogger(two_lines=True)],
)
attention_pair = attention_inference(attention_model)
attention_encode, attention_step = attention_pair.encode, attention_pair.step
''',
    "todo:task6-heatmap": '''
figure, ax = plt.subplots(figsize=(6, 5))
ax.imshow(weights, cmap="viridis", vmin=0, vmax=1)
ax.set_xticks(range(len(source_tokens)), source_tokens, rotation=60)
ax.set_yticks(range(len(output_tokens)), output_tokens)
ax.set_xlabel("English")
ax.set_ylabel("French")
plt.show()
''',
    "todo:task7-curves": '''
from rnnbook.plots import plot_learning_curves

for name, run in (("LSTM", history), ("attention", attention_history)):
    plot_learning_curves(run, metrics=("loss", "token_accuracy"), title=name)
    plt.show()
''',
    "todo:task7-accuracy": '''
from rnnbook.seq2seq.evaluation import masked_token_accuracy


def token_accuracy(targets, probabilities):
    return masked_token_accuracy(targets, probabilities)
''',
}
