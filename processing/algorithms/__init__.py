"""One module per algorithm. Every module defines exactly one subclass of TrygghetAlgorithm."""

import importlib
import inspect
import pkgutil

from ..base import TrygghetAlgorithm


def algorithm_classes():
    classes = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module("{}.{}".format(__name__, info.name))
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, TrygghetAlgorithm) and obj.__module__ == module.__name__:
                classes.append(obj)
    return classes
