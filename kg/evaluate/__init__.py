"""Evaluate: read gold annotations, score extraction against them, report the figures."""
