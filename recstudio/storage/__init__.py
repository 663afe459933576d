"""Storage: the customer's bucket through boto3 (S3 and S3-compatible vendors) and
azure-storage-blob — pre-flight checks, delivery receipts and the file doctor.

Qt-free; nothing here imports boto3, azure or av at import time (``open_bucket`` and the
doctor import them on first use), so the GUI's launch does not pay for them.
"""
