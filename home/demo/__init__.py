"""Demo content drawn from the 2021 Equalcity newsletter (`load_demo_content`).

Each content app may have a `demo` module or package like this one, exposing
`ORDER` (when to run) and `load(loader)`.
"""

from .pages import ORDER, load

__all__ = ["ORDER", "load"]
