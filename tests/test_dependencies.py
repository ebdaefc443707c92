from trygghet import dependencies


def test_all_present_here():
    assert dependencies.missing_dependencies() == []


def test_reports_a_missing_module(monkeypatch):
    monkeypatch.setitem(dependencies.REQUIRED, "no_such_module_xyz", ("python3-xyz", "xyz"))
    assert dependencies.missing_dependencies() == [("no_such_module_xyz", "python3-xyz", "xyz")]
