"""The public face analysts use in notebooks: ``import hum_stats``."""

import importlib

import hum_stats


def test_extract_is_callable_from_the_package_before_and_after_the_subpackage_loads():
    first = hum_stats.extract("نزح 100 شخص من البلدة", language="ar")
    importlib.import_module("hum_stats.extract.engine")  # binds hum_stats.extract to the package
    second = hum_stats.extract("نزح 100 شخص من البلدة", language="ar")
    assert [(c.metric, c.value) for c in first] == [(c.metric, c.value) for c in second] == [("displaced", 100)]


def test_open_is_the_store():
    from hum_stats.store import open as store_open

    assert hum_stats.open is store_open
