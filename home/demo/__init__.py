"""Demo content drawn from the 2021 Equalcity newsletter (`load_demo_content`).

Each content app may have a `demo` package like this one, exposing `ORDER` (when
to run) and `load(loader)`; what it loads is in its `demo/data/*.yaml` files (see
`home.demo.loader.DemoData`).
"""

from .pages import ORDER, load

__all__ = ["ORDER", "load"]
