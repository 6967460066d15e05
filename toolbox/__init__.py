"""Toolboxes: the four toolboxes, their steps, chapters and downloads."""
