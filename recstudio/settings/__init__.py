"""recstudio.settings: user directories, atomic files, secrets, profiles and preferences.

Qt-free. Modules are imported directly (``recstudio.settings.profiles``…); nothing is
re-exported here so that importing one piece does not pull in keyring or pydantic.
"""
