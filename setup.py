"""Build step for the one C module; everything else is in pyproject.toml.

treffsicher.core._speedups speeds up the tokenizer's scan and MTLD. It is optional: where no
C compiler is at hand the install goes on and the pure-Python code runs (same results,
slower). docs/decisions/0025-compiled-scanner.md tells why.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "treffsicher.core._speedups",
            ["src/treffsicher/core/_speedups.c"],
            optional=True,
            extra_compile_args=["-O2"],
        )
    ]
)
