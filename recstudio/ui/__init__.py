"""recstudio.ui"""
