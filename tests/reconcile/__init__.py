"""Tests of the reconciliation stages, one file per stage."""
