"""recstudio: a desktop studio for Agora Cloud Recording."""

__version__ = "0.1.0"
