"""recstudio.layout"""
