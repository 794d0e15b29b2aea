#!/usr/bin/env bash
# Splits PolNeAR train into K folds of texts (sorted names, text i in fold i mod K) as symlinked
# split directories, for training the attribution tagger on the other folds and running it on the
# held-out one (docs/cue-filter.md). Nothing is copied.
#   scripts/cue-filter-folds.sh TRAIN_DIR OUT_DIR K
# writes OUT_DIR/fold-k/{train,heldout}/{text,attributions} for k in 0..K-1.
set -euo pipefail
train="$(cd "$1" && pwd)"; out="$2"; k="$3"
mapfile -t names < <(ls "$train/text" | sed 's/\.txt$//' | LC_ALL=C sort)
for ((f = 0; f < k; f++)); do
  for part in train heldout; do
    mkdir -p "$out/fold-$f/$part/text" "$out/fold-$f/$part/attributions"
  done
done
for i in "${!names[@]}"; do
  n="${names[$i]}"
  for ((f = 0; f < k; f++)); do
    part=train; (( i % k == f )) && part=heldout
    ln -sf "$train/text/$n.txt" "$out/fold-$f/$part/text/$n.txt"
    for a in "$train/attributions/$n".ann "$train/attributions/$n"_*.ann; do
      [ -e "$a" ] && ln -sf "$a" "$out/fold-$f/$part/attributions/$(basename "$a")"
    done
  done
done
