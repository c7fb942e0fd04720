"""The process around the app: logging, the pre-Qt import speed-up, the benchmark hook."""
