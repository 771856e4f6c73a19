"""Maintainer scripts run by the Makefile, not part of the package readers install.

- ``toc.py``: the book's notebooks in reading order (``make nbval``, ``make execute``);
- ``execute.py``: run notebooks top to bottom and store their outputs (``make execute``);
- ``sweep_translation.py``: train Chapter 9's model with one setting (its sizes table).
"""
