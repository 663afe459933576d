"""recstudio.settings"""
