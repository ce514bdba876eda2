"""Machine translation: Argos model packages and a fast CTranslate2 translator.

Import :mod:`sverka.core.mt.translator` only when translating: it loads ctranslate2
(the ``mt`` extra). :mod:`~sverka.core.mt.archive` and :mod:`~sverka.core.mt.packages` need
only the standard library.
"""
