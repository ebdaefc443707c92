"""One module per algorithm. Every module defines exactly one subclass of TrygghetAlgorithm."""

import importlib
import inspect
import pkgutil

from ..base import TrygghetAlgorithm


def algorithm_classes(on_error=None):
    """The algorithm classes of every module here. A module that fails to import is left out: with ``on_error``
    given, ``on_error(module name, exception)`` is called and the others still load; without it the error is
    raised."""
    classes = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        try:
            module = importlib.import_module("{}.{}".format(__name__, info.name))
        except Exception as err:  # noqa: BLE001 - one broken module must not take the others down
            if on_error is None:
                raise
            on_error(info.name, err)
            continue
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, TrygghetAlgorithm) and obj.__module__ == module.__name__:
                classes.append(obj)
    return classes
