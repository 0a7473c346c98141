"""Training the extractor's models from annotated sentences (needs scikit-learn, which only the
``test`` extra installs): ``corpora`` reads the data sets, ``examples`` turns them into
features, ``fit`` trains and scores. ``scripts/train_extractor.py`` is the command."""
