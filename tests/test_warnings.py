"""pytest.ini turns a DeprecationWarning raised by the plugin's own code into an error, and only that one."""

import warnings

import pytest
from qgis.core import QgsField


def _warn_from(module):
    warnings.warn_explicit("old API", DeprecationWarning, filename="x.py", lineno=1, module=module)


def test_a_deprecation_in_the_plugin_fails_the_suite():
    with pytest.raises(DeprecationWarning):
        _warn_from("trygghet.processing.fields")
    with pytest.raises(DeprecationWarning):
        _warn_from("trygghet")


def test_a_deprecated_qgis_call_from_the_plugin_fails():
    """The real case: sip attributes QGIS's deprecation of QgsField(name, QVariant.Type) to the calling module."""
    namespace = {"__name__": "trygghet.probe", "QgsField": QgsField}
    code = compile("from qgis.PyQt.QtCore import QVariant\nQgsField('x', getattr(QVariant, 'String'))",
                   "probe.py", "exec")
    with pytest.raises(DeprecationWarning, match="deprecated"):
        exec(code, namespace)


def test_a_third_party_deprecation_does_not_fail():
    with warnings.catch_warnings(record=True) as seen:  # the filters stay as pytest.ini sets them
        _warn_from("numpy.somewhere")
        _warn_from("trygghetish")
    assert len(seen) == 2
