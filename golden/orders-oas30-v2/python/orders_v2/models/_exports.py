"""Every data type of the API, for type checkers: `models` names them all through this module
(under TYPE_CHECKING), and imports each one only when it is used."""

from .orders import Address, Error, ListOrdersStatus, OrderItem, OrderStatus
from .orders_2 import NewOrder, NewOrderCurrency, Order, OrderUpdate
from .orders_3 import OrderList

__all__ = [
    "Address",
    "Error",
    "ListOrdersStatus",
    "NewOrder",
    "NewOrderCurrency",
    "Order",
    "OrderItem",
    "OrderList",
    "OrderStatus",
    "OrderUpdate",
]
