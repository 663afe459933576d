"""recstudio.emulator"""
