"""The client service-day meeting (客户服务日商会) screen."""
