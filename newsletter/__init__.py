"""The newsletter by email: subscribers in their own language, issues sent
only once they are live (after the Editorial review), by the task worker."""
