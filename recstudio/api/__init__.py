"""recstudio.api"""
