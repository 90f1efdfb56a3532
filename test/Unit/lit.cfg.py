# ===- test/Unit/lit.cfg.py - GoogleTest units run through lit -----------=== #
# Every executable named *Tests in the build's test/Unit directory is a
# GoogleTest binary; lit runs each test case as its own lit test.
import os
import lit.formats

config.name = "memscope-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.unittest_dir
config.test_exec_root = config.unittest_dir
for var in ("MEMSCOPE_OPTIONS",):
    config.environment.pop(var, None)
