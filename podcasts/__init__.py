"""Podcasts: the show, its episodes, the podcast feed and the audio files."""
