"""recstudio.export"""
