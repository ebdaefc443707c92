"""Filter expressions on inputs, checked before any feature is read."""

from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeatureRequest

from ..i18n import tr


def validate_expression(algorithm, text, source, context):
    """Fail with a clear message when a filter expression does not parse or names unknown fields."""
    expression = QgsExpression(text)
    if expression.hasParserError():
        algorithm.fail(tr("The filter expression is invalid: {}").format(expression.parserErrorString().strip()))
    names = set(source.fields().names())
    unknown = sorted(c for c in expression.referencedColumns()
                     if c not in names and c != QgsFeatureRequest.ALL_ATTRIBUTES)
    if unknown:
        algorithm.fail(tr("The filter expression refers to fields the layer does not have: {}").format(
            ", ".join(unknown)))
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    ctx.setFields(source.fields())
    if not expression.prepare(ctx) and expression.hasEvalError():
        algorithm.fail(tr("The filter expression is invalid: {}").format(expression.evalErrorString().strip()))
