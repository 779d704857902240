"""Learned models: the gold sets they train on (:mod:`kg.learn.gold`) and the models."""
