import numpy as np
import pytest
from shapely.geometry import LineString, Point
from trygghet.core.saferoutes import segment_paths
from trygghet.core.walks import ascii_file_stem, assign_nearest, compare_walks, priority


def test_assign_nearest_matches_shapely():
    rng = np.random.default_rng(9)
    paths = [np.array([[0, 0], [100, 0], [100, 80]]), np.array([[-50, 150], [150, 150]])]
    s = segment_paths(paths, 25.0)
    xy = rng.uniform(-80, 180, (60, 2))
    out = assign_nearest(xy, s, areas=np.array(["Sylte"] * 30 + ["Lextorp"] * 30, dtype=object))
    lines = [LineString(s.vertices(i)) for i in range(len(s))]
    for k, (x, y) in enumerate(xy):
        d = [ln.distance(Point(x, y)) for ln in lines]
        assert out.loc[k, "distance_m"] == pytest.approx(min(d))
        assert d[out.loc[k, "segment_index"]] == pytest.approx(min(d))
        assert out.loc[k, "path_index"] == s.path_index[out.loc[k, "segment_index"]]
    assert out["area"].tolist()[29:31] == ["Sylte", "Lextorp"]
    far = assign_nearest([[1000.0, 1000.0], [10.0, 3.0]], s, max_distance=50.0)
    assert far["segment_index"].tolist() == [-1, 0] and far["distance_m"][1] == pytest.approx(3.0)


def test_priority_formula():
    assert priority(3, 2, True) == 12.0
    assert priority(2, 1, False) == 2.0
    assert np.allclose(priority([1, 2, 3], [1, 3, 2], [False, True, False]), [1, 12, 6])
    with pytest.raises(ValueError):
        priority(4, 1, False)
    with pytest.raises(ValueError):
        priority(1, 0, False)


def test_compare_walks_by_hand():
    earlier = [[0, 0], [15, 0], [200, 0], [400, 0]]
    e_cat = ["klotter", "klotter", "belysning", "nedskräpning"]
    later = [[10, 0], [205, 0], [400, 5], [600, 0]]
    l_cat = ["klotter", "belysning", "klotter", "belysning"]
    # earlier 1 (15 m) is closer to later 0 (5 m) than earlier 0 is (10 m): one-to-one, earlier 0 is fixed;
    # earlier 2 matches later 1 (5 m, same category); earlier 3 is 5 m from later 2 but the category differs.
    a, b = compare_walks(earlier, e_cat, later, l_cat, distance=20.0)
    assert a.tolist() == ["fixed", "persisting", "persisting", "fixed"]
    assert b.tolist() == ["persisting", "persisting", "new", "new"]
    # a tighter distance breaks the 5 m matches too
    a, b = compare_walks(earlier, e_cat, later, l_cat, distance=4.0)
    assert a.tolist() == ["fixed"] * 4 and b.tolist() == ["new"] * 4


def test_compare_walks_greedy_chain_and_empty():
    # a chain e0 - l0 - e1 - l1 with gaps 6, 4, 7: greedy takes l0-e1 (4) first, then e0 and l1 stay alone
    earlier = [[0, 0], [10, 0]]
    later = [[6, 0], [17, 0]]
    a, b = compare_walks(earlier, ["x", "x"], later, ["x", "x"], distance=8.0)
    assert a.tolist() == ["fixed", "persisting"] and b.tolist() == ["persisting", "new"]
    a, b = compare_walks(np.zeros((0, 2)), [], later, ["x", "x"])
    assert a.size == 0 and b.tolist() == ["new", "new"]
    with pytest.raises(ValueError):
        compare_walks(earlier, ["x"], later, ["x", "x"])


@pytest.mark.parametrize("name, stem", [
    ("Kvällsvandring Kronogården", "Kvallsvandring_Kronogarden"),
    ("Åsa/Öland: höst 2024", "Asa_Oland_host_2024"),
    ("Trygghetsvandring", "Trygghetsvandring"),
    ("Café Ærø – Smørrebrød", "Cafe_Aero_Smorrebrod"),
    ("  ..  ", "vandring"),
    ("ÅÄÖ åäö", "AAO_aao"),
    ("nul", "vandring_nul"),
])
def test_ascii_file_stem(name, stem):
    assert ascii_file_stem(name) == stem
